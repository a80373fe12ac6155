package org.quotaledger.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.quotaledger.delivery.Delivery;

/**
 * The portal's own words, as an employee reads them ({@code {portal:...}} in templates): the English source is
 * {@code messages/portal.properties}, each translation {@code messages/portal_<tag>.properties} with the tags of the
 * notice bundles. Qute picks the file from the page's locale, which {@link PortalLanguage} sets on every page: the
 * employee's language, else English (staff and public pages, whatever the browser asks for). A key a translation lacks would print English in the middle of the page, so
 * {@code BundleCompletenessTest} checks every file against the English one.
 */
@MessageBundle("portal")
public interface PortalWords {

    /** "true" once a qualified translator reviewed the file; like the notice bundles' {@code bundle.reviewed}. */
    @Message
    String bundleReviewed();

    /** Who reviewed it (name, credential, date); empty until then. */
    @Message
    String bundleReviewedBy();

    @Message
    String skipLink();

    @Message
    String menuOwnPages();

    @Message
    String menuLaw();

    @Message
    String menuVerify();

    @Message
    String roleEmployee();

    @Message
    String signOut();

    @Message
    String apiTokens();

    @Message
    String footer();

    @Message
    String title();

    @Message
    String employeeNumber(String number);

    @Message
    String noJobRole();

    @Message
    String hired(java.time.LocalDate date);

    @Message
    String doneAcknowledged();

    @Message
    String doneRequested();

    @Message
    String doneComplained();

    @Message
    String doneLanguage();

    @Message
    String none();

    @Message
    String statInForce();

    @Message
    String statToAcknowledge();

    @Message
    String statNotices();

    @Message
    String statOpenRequests();

    @Message
    String heldTo();

    @Message
    String inForce(String role, int version, java.time.LocalDate since);

    @Message
    String upcoming(int version, java.time.LocalDate on);

    @Message
    String colQuota();

    @Message
    String colTarget();

    @Message
    String colMeasured();

    @Message
    String colMissed();

    @Message
    String anyMissed();

    @Message
    String neverCounted();

    @Message
    String noDescription();

    @Message
    String handed();

    @Message
    String noneHanded();

    @Message
    String colVersion();

    @Message
    String colReceived();

    @Message
    String colHow();

    @Message
    String colReceipt();

    /** One key per channel, {@code channel_PAPER} and so on. */
    @Message
    String channel(Delivery.Channel channel);

    @Message
    String acknowledgedOn(java.time.LocalDate date);

    @Message
    String received();

    @Message
    String notices();

    @Message
    String noNotices();

    @Message
    String colIssued();

    @Message
    String colCheckCode();

    @Message
    String downloadPdf();

    @Message
    String askHeading();

    @Message
    String lawByState();

    @Message
    String requestDescriptions();

    @Message
    String requestData();

    @Message
    String yourRequests();

    @Message
    String noRequests();

    @Message
    String colAskedFor();

    @Message
    String colDue();

    @Message
    String colCovers();

    @Message
    String colStatus();

    @Message
    String askedDescriptions();

    @Message
    String askedData();

    @Message
    String notRequired();

    @Message
    String answeredOn(java.time.LocalDate date);

    @Message
    String declined();

    @Message
    String open();

    @Message
    String downloadAnswer();

    @Message
    String languageHeading();

    @Message
    String languageIntro();

    @Message
    String languageLabel();

    @Message
    String languageOnRecord(String tag);

    @Message
    String languageNotRecorded();

    @Message
    String saveLanguage();

    @Message
    String complainHeading();

    @Message
    String complainIntro();

    @Message
    String seeTheLaw();

    @Message
    String madeOn();

    @Message
    String to();

    @Message
    String toEmployer();

    @Message
    String toAgency();

    @Message
    String agency();

    @Message
    String alleges();

    @Message
    String recordComplaint();

    @Message
    String yourComplaints();

    @Message
    String colAlleges();

    @Message
    String yourEmployer();

    @Message
    String errorStatus(Object status);

    @Message
    String line(Object line);

    @Message
    String backToForm();

    @Message
    String backToStart();

    // The API tokens page (security/tokens.html) and its form's refusals (portal.ApiTokenPages).

    @Message
    String tokensIntro();

    @Message
    String tokensHeader();

    @Message
    String tokensYours();

    @Message
    String tokensNone();

    @Message
    String tokenColName();

    @Message
    String tokenColToken();

    @Message
    String tokenColRole();

    @Message
    String tokenColExpires();

    @Message
    String tokenColLastUsed();

    @Message
    String tokenNeverExpires();

    @Message
    String tokenNeverUsed();

    @Message
    String tokenActive();

    @Message
    String tokenExpired();

    @Message
    String tokenRevoked();

    @Message
    String tokenRevoke();

    @Message
    String tokenNew();

    @Message
    String tokenNameExample();

    @Message
    String tokenNameHint();

    @Message
    String tokenRoleHint();

    @Message
    String tokenExpiresOn();

    @Message
    String tokenExpiresHint();

    @Message
    String tokenMake();

    @Message
    String tokenCopyHint();

    @Message
    String doneTokenRevoked();

    @Message
    String tokenNameRequired();

    @Message
    String tokenNameTooLong();

    @Message
    String tokenRoleUnknown();

    @Message
    String tokenExpiryNotADay();

    @Message
    String tokenExpiryPassed();

    @Message
    String tokenRevokeLabel(String name);

    @Message
    String tokenMade(String name);

    @Message
    String tokenRoleBeyond();
}

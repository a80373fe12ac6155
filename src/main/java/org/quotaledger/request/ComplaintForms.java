package org.quotaledger.request;

import org.quotaledger.request.ComplaintViews.NewComplaint;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.Problem.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the complaint form of the pages into the API's record, naming each field that cannot be read. */
public final class ComplaintForms {

    private ComplaintForms() {
    }

    public static NewComplaint read(String madeOn, String recipient, String agency, String madeBy, String allegation) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = null;
        try {
            day = LocalDate.parse(madeOn == null ? "" : madeOn.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.field("madeOn", "must be a day, like 2026-03-02"));
        }
        Complaint.Recipient to = null;
        try {
            to = Complaint.Recipient.valueOf(recipient == null ? "" : recipient.strip());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.field("recipient", "choose the employer or an agency"));
        }
        if (allegation == null || allegation.isBlank()) {
            errors.add(FieldError.field("allegation", "is required: say what the complaint alleges"));
        } else if (allegation.length() > 2000) {
            errors.add(FieldError.field("allegation", "is longer than 2000 characters"));
        }
        if (agency != null && agency.length() > 200) {
            errors.add(FieldError.field("agency", "is longer than 200 characters"));
        }
        if (madeBy != null && madeBy.length() > 200) {
            errors.add(FieldError.field("madeBy", "is longer than 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The complaint cannot be recorded as given.", errors);
        }
        return new NewComplaint(day, to, agency == null || agency.isBlank() ? null : agency,
                madeBy == null || madeBy.isBlank() ? null : madeBy, allegation);
    }
}

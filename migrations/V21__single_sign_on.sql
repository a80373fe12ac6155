-- Single sign-on (issue #16): an account made by an OpenID Connect provider's sign-in is linked to the provider's
-- issuer and subject, the only stable names an OIDC identity has (a preferred_username can change or be reused).
-- The pair is unique, so one person at the provider is one account here; both are set or neither (a local account).
alter table app_user
    add column oidc_issuer  varchar(500),
    add column oidc_subject varchar(255),
    add constraint app_user_oidc_unique unique (oidc_issuer, oidc_subject),
    add constraint app_user_oidc_both check ((oidc_issuer is null) = (oidc_subject is null));

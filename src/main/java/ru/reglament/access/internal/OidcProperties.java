package ru.reglament.access.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reglament.access.oidc.*}: how the claims of an OpenID Connect provider's tokens name the
 * person and their access. The provider itself is Spring Security's client registration
 * {@code oidc} ({@code spring.security.oauth2.client.registration.oidc.*}, {@code provider.oidc.issuer-uri}).
 *
 * @param providerName what the login button and the log call it («Keycloak», «ЕСИА»…)
 * @param loginClaim the employee's login (Keycloak: {@code preferred_username}); the subject when absent
 * @param nameClaim the person's full name
 * @param groupsClaim the access groups ({@code access/access-groups.yaml}), one value or a list
 * @param organisationClaim the ОГРН of the person's organisation(s), for groups that name none
 * @param confirmedClaim a boolean claim saying the account's identity was checked (e.g. {@code email_verified}),
 *     as joining by an invitation requires; empty: the provider's accounts count as checked
 */
@ConfigurationProperties("reglament.access.oidc")
record OidcProperties(String providerName, String loginClaim, String nameClaim, String groupsClaim,
        String organisationClaim, String confirmedClaim) {

    OidcProperties {
        if (providerName == null || providerName.isBlank()) providerName = "OpenID Connect";
        if (loginClaim == null || loginClaim.isBlank()) loginClaim = "preferred_username";
        if (nameClaim == null || nameClaim.isBlank()) nameClaim = "name";
        if (groupsClaim == null || groupsClaim.isBlank()) groupsClaim = "groups";
        if (organisationClaim == null || organisationClaim.isBlank()) organisationClaim = "ogrn";
        if (confirmedClaim != null && confirmedClaim.isBlank()) confirmedClaim = null;
    }
}

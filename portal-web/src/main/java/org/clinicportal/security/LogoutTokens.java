package org.clinicportal.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads the logout tokens Keycloak posts to the portal (OpenID Connect Back-Channel Logout 1.0, section 2.6):
 * signed with one of the realm's keys, issued by the realm, meant for the portal's client, recent, carrying the
 * back-channel logout event and the user, and no nonce. Anything else is refused.
 */
@ApplicationScoped
public class LogoutTokens {

    private static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    /** How far Keycloak's clock may be ahead of the portal's when it dates a token. */
    private static final int CLOCK_SKEW_SECONDS = 60;

    @Inject
    private OidcSettings oidc;

    private DefaultJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void keysOfTheRealm() {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(oidc.getProviderUri() + "/protocol/openid-connect/certs")
                            .toURL())
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(
                    "The OpenID Connect provider URI is not a URL: " + oidc.getProviderUri(), e);
        }
        processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(
                new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("logout+jwt"), JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // Mutable sets: the verifier asks them whether they contain null, which Set.of answers with an exception.
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new HashSet<>(List.of(oidc.getClientId())),
                new JWTClaimsSet.Builder().issuer(oidc.getProviderUri()).build(),
                new HashSet<>(List.of("sub", "iat", "events", "jti")),
                new HashSet<>(List.of("nonce")));
        claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        processor.setJWTClaimsSetVerifier(claims);
    }

    /**
     * The user whose sign-ins the token ends.
     *
     * @throws InvalidLogoutTokenException when the token is not a valid logout token of the portal's realm and client
     */
    public String subjectOf(String token) throws InvalidLogoutTokenException {
        if (token == null || token.isBlank()) {
            throw new InvalidLogoutTokenException("no logout_token");
        }
        try {
            JWTClaimsSet claims = processor.process(token, null);
            Map<String, Object> events = claims.getJSONObjectClaim("events");
            if (events == null || !events.containsKey(LOGOUT_EVENT)) {
                throw new InvalidLogoutTokenException("not a back-channel logout event");
            }
            return claims.getSubject();
        } catch (ParseException | BadJOSEException | com.nimbusds.jose.JOSEException e) {
            throw new InvalidLogoutTokenException(e.getMessage());
        }
    }

    /** A posted token that is no logout token of the portal's realm and client. */
    public static class InvalidLogoutTokenException extends Exception {

        private static final long serialVersionUID = 1L;

        InvalidLogoutTokenException(String reason) {
            super(reason);
        }
    }
}

package org.serge.core.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.serge.core.crypto.PasswordHasher;
import org.serge.core.error.ServiceException;

class OAuthRulesTest {

    @Test
    void pkceMatchesTheExampleOfRfc7636() {
        String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", Pkce.challengeOf(verifier));
        assertTrue(Pkce.verify("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", verifier));
        assertFalse(Pkce.verify("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", verifier.replace('d', 'e')));
        assertFalse(Pkce.verify("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", null));
        assertFalse(Pkce.verify("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "short"));
    }

    @Test
    void requestedScopesMustBeGrantedByTheApplication() {
        Set<String> app = Set.of("read", "write", "follow");
        assertEquals(Set.of("read", "write"), ScopeText.request("read+write", app));
        assertEquals(Set.of("read:statuses"), ScopeText.request("read:statuses", app));
        assertEquals(Set.of("read"), ScopeText.request(null, app));
        assertEquals(Set.of("write"), ScopeText.request("", Set.of("write")));
        assertEquals("invalid_scope", assertThrows(OAuthException.class,
                () -> ScopeText.request("push", app)).error());
        assertEquals("invalid_scope", assertThrows(OAuthException.class,
                () -> ScopeText.request("read everything", app)).error());
    }

    @Test
    void redirectUrisAcceptAppSchemesAndRefuseFragmentsAndScriptSchemes() {
        assertEquals(List.of("icecubesapp://", "https://a.example/cb?x=1", RedirectUris.OOB),
                RedirectUris.parse(List.of("icecubesapp:// https://a.example/cb?x=1", RedirectUris.OOB)));
        assertEquals(List.of("com.tapbots.Ivory.23:/request_token"),
                RedirectUris.parse(List.of("com.tapbots.Ivory.23:/request_token")));
        for (String bad : new String[] {"", "relative/path", "https://a.example/#f", "javascript:alert(1)",
                "data:text/html,x"}) {
            assertEquals(422, assertThrows(ServiceException.class, () -> RedirectUris.parse(List.of(bad))).status(),
                    bad);
        }
    }

    @Test
    void theDummyHashIsWellFormedSoThatUnknownNamesCostAsMuchAsWrongPasswords() throws Exception {
        java.lang.reflect.Field field = AuthorizationService.class.getDeclaredField("DUMMY_HASH");
        field.setAccessible(true);
        String dummy = (String) field.get(null);
        String[] parts = dummy.split("\\$");
        assertEquals(16, java.util.Base64.getDecoder().decode(parts[4]).length);
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[5]).length);
        assertFalse(PasswordHasher.verify("anything", dummy));
    }
}

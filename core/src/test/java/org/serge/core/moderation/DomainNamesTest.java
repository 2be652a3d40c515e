package org.serge.core.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.serge.core.error.ServiceException;

/** The domains members may block, as accounts carry them. */
class DomainNamesTest {

    @Test
    void domainsAreNormalised() {
        assertEquals("mastodon.example", AccountDomainBlockService.normalise("  Mastodon.EXAMPLE. "));
        assertEquals("localhost:8080", AccountDomainBlockService.normalise("localhost:8080"));
        assertEquals("mastodon.example", AccountDomainBlockService.normalise("https://mastodon.example/@felix"));
        assertEquals("xn--bcher-kva.example", AccountDomainBlockService.normalise("bücher.example"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "not a domain", "a..b", "-x.example", "x.example:port", "x.example:123456",
            "\u0000", "x_y.example", "@felix@mastodon.example"})
    void anythingElseIsA422(String domain) {
        ServiceException e = assertThrows(ServiceException.class, () -> AccountDomainBlockService.normalise(domain));
        assertEquals(422, e.status());
    }

    @Test
    void overlongNamesAreA422() {
        assertThrows(ServiceException.class, () -> AccountDomainBlockService.normalise("a".repeat(64) + ".example"));
        assertThrows(ServiceException.class,
                () -> AccountDomainBlockService.normalise(("abcdefghij".repeat(6) + ".").repeat(5) + "example"));
        assertThrows(ServiceException.class, () -> AccountDomainBlockService.normalise(null));
    }
}

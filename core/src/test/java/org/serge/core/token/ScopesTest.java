package org.serge.core.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopesTest {

    @Test
    void parsesSpaceAndPlusSeparatedLists() {
        assertEquals(Set.of("read", "write", "follow"), Scopes.parse("read write  follow"));
        assertEquals(List.of("read:statuses", "push"), List.copyOf(Scopes.parse("read:statuses+push")));
        assertTrue(Scopes.isKnown("admin:read:accounts"));
        assertTrue(Scopes.isKnown("profile"));
    }

    @Test
    void refusesUnknownAndEmpty() {
        assertThrows(IllegalArgumentException.class, () -> Scopes.parse("read sudo"));
        assertThrows(IllegalArgumentException.class, () -> Scopes.parse("  "));
        assertThrows(IllegalArgumentException.class, () -> Scopes.parse("read:everything"));
        assertFalse(Scopes.isKnown("admin:read:nothing"));
    }

    @Test
    void broadScopesGrantNarrowOnes() {
        assertTrue(Scopes.grants(Set.of("read"), "read:statuses"));
        assertTrue(Scopes.grants(Set.of("admin:read"), "admin:read:accounts"));
        assertFalse(Scopes.grants(Set.of("read:statuses"), "read"));
        assertFalse(Scopes.grants(Set.of("write"), "read:statuses"));
    }
}

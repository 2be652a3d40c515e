package org.serge.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

    @Test
    void readsEveryPartIncludingEncodedPasswords() {
        ConnectionSettings s = ConnectionSettings.fromUrl("postgres://serge:p%40ss%3Aword@db.example:6543/union?sslmode=disable");
        assertEquals("db.example", s.host());
        assertEquals(6543, s.port());
        assertEquals("union", s.database());
        assertEquals("serge", s.user());
        assertEquals("p@ss:word", s.password());
        assertEquals("jdbc:postgresql://db.example:6543/union", s.jdbcUrl());
        assertFalse(s.toString().contains("word"));
    }

    @Test
    void defaultsPortAndDatabase() {
        ConnectionSettings s = ConnectionSettings.fromUrl("postgresql://serge@localhost");
        assertEquals(5432, s.port());
        assertEquals("serge", s.database());
        assertEquals("", s.password());
    }

    @Test
    void refusesOtherSchemesAndGarbageWithoutEchoingSecrets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConnectionSettings.fromUrl("mysql://u:secret@h/db"));
        assertFalse(e.getMessage().contains("secret"));
        assertThrows(IllegalArgumentException.class, () -> ConnectionSettings.fromUrl("postgres://"));
        assertThrows(IllegalArgumentException.class, () -> ConnectionSettings.fromUrl("::::"));
    }
}

package uk.raa.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientKeyTest {

    @Test
    void anAuthorityIsTheClient() {
        assertEquals("coventry", ClientKey.of(Optional.of("coventry"), Optional.of("ace"), "u1"));
    }

    @Test
    void agencyStaffAreCountedOnePersonAtATime() {
        assertEquals("ace:u1", ClientKey.of(Optional.empty(), Optional.of("ace"), "u1"));
        assertEquals("ace:u2", ClientKey.of(Optional.of(" "), Optional.of("ace"), "u2"));
    }

    @Test
    void withNeitherClaimTheSubjectIsTheClient() {
        assertEquals("subject:u1", ClientKey.of(Optional.empty(), Optional.empty(), "u1"));
    }
}

package uk.raa.children.domain.journey;

/**
 * Who recorded a fact. The agency's own records ({@link #SYSTEM}) win over a later SSDA903 import
 * ({@link #IMPORT}) because the council needs the agency's match and placement dates back, not the reverse.
 */
public enum FactSource {
    SYSTEM,
    IMPORT
}

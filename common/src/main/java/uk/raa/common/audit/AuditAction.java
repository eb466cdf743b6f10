package uk.raa.common.audit;

/** What was done to a personal record. */
public enum AuditAction {
    READ, LIST, CREATE, UPDATE, CORRECT, IMPORT, EXPORT, CONSUME
}

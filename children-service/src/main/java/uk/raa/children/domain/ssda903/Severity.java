package uk.raa.children.domain.ssda903;

/** ERROR: the value breaks a rule and is not trusted; WARNING: accepted but worth a look. */
public enum Severity {
    ERROR,
    WARNING
}

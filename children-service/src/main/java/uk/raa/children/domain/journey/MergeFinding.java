package uk.raa.children.domain.journey;

/**
 * Something {@link JourneyMerge} noticed: a system-recorded date kept over a different imported one, or an earlier
 * import revised by a later one. The message names the field and the rule only.
 */
public record MergeFinding(String field, String rule, String message) {

    public static final String SYSTEM_DATE_KEPT = "system-date-kept";
    public static final String IMPORT_REVISED = "import-revised";
    public static final String IMPORT_REOPENS = "import-reopens-closed";

    public MergeFinding {
        DomainRuleViolation.requiredText(field, "mergeFinding.field");
        DomainRuleViolation.requiredText(rule, "mergeFinding.rule");
        DomainRuleViolation.requiredText(message, "mergeFinding.message");
    }
}

package uk.raa.finance.service;

/** Realm roles that matter to finance. Agency staff carry an agency; partner principals carry an authority. */
public final class FinanceRoles {

    public static final String MANAGER = "manager";
    public static final String FINANCE = "finance";
    public static final String COUNCIL_STAFF = "council-staff";

    private FinanceRoles() {
    }
}

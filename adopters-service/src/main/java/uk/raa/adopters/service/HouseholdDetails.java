package uk.raa.adopters.service;

import java.util.List;
import uk.raa.adopters.domain.DomainRuleViolation;
import uk.raa.adopters.domain.household.Household;

/**
 * Everything a practitioner states about a household: the domain household (reference, adopters, area, recruiting
 * agency, offer, fast track) plus each adopter's contact details (same order as the adopters) and an optional home
 * address. Contact details and address are restricted like the adopters' names.
 */
public record HouseholdDetails(Household household, List<AdopterContact> contacts, HomeAddress homeAddress) {

    public HouseholdDetails {
        DomainRuleViolation.require(household, "household");
        contacts = List.copyOf(contacts);
        if (contacts.size() != household.adopters().size()) {
            throw new DomainRuleViolation("adopters", "CONTACTS_PER_ADOPTER", "must give contact details per adopter");
        }
    }

    /** How to reach one adopter; either may be absent. */
    public record AdopterContact(String email, String phone) {

        @Override
        public String toString() {
            return "AdopterContact[restricted]";
        }
    }

    /** The household's home address. */
    public record HomeAddress(String address, String postcode) {

        @Override
        public String toString() {
            return "HomeAddress[restricted]";
        }
    }

    @Override
    public String toString() {
        return "HouseholdDetails[" + household + "]";
    }
}

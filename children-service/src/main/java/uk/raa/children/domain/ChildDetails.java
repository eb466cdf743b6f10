package uk.raa.children.domain;

import java.time.LocalDate;
import java.util.Objects;

/** What an authority says about its child; checked against the rules that need no other record. */
public record ChildDetails(LocalDate dateOfBirth, Sex sex, String ethnicity, boolean disability) {

    public ChildDetails {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(ethnicity, "ethnicity");
    }
}

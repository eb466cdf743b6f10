package uk.raa.children.domain.ssda903;

import java.time.LocalDate;

/** What the Header table says about the child that the journey and the scorecard use; null when not valid. */
public record ChildCharacteristics(LocalDate dateOfBirth, String sex, String ethnicity) {
}

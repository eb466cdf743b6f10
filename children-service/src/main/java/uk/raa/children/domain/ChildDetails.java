package uk.raa.children.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an authority says about its child; checked against the rules that need no other record. {@code givenName}
 * and {@code preferredName} are the only identifying details kept (no surname, no birth family, no address).
 *
 * @param excludedAreas authority codes the child must not be placed in
 */
public record ChildDetails(LocalDate dateOfBirth, Sex sex, String ethnicity, boolean disability, NeedsProfile needs,
                           List<String> excludedAreas, String givenName, String preferredName) {

    public ChildDetails {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(ethnicity, "ethnicity");
        needs = needs == null ? NeedsProfile.NONE : needs;
        excludedAreas = excludedAreas == null ? List.of() : excludedAreas.stream().distinct().sorted().toList();
    }

    public ChildDetails(LocalDate dateOfBirth, Sex sex, String ethnicity, boolean disability) {
        this(dateOfBirth, sex, ethnicity, disability, NeedsProfile.NONE, List.of(), null, null);
    }
}

package uk.raa.children.rest;

import uk.raa.children.domain.Child;
import uk.raa.children.domain.ChildDetails;
import uk.raa.children.domain.NeedsProfile;

/** Between the API's DTOs and the domain. */
final class ChildMapper {

    private ChildMapper() {
    }

    /** @param identifying whether the caller may see the given and preferred names */
    static ChildResponse toResponse(Child child, boolean identifying) {
        NeedsProfile needs = child.needs();
        return new ChildResponse(child.id(), child.authority(), child.childReference(), child.dateOfBirth(),
                child.sex(), child.ethnicity(), child.disability(),
                new NeedsRequest(needs.health(), needs.development(), needs.behaviour(), needs.education()),
                child.excludedAreas(), child.siblingGroupId(), identifying ? child.givenName() : null,
                identifying ? child.preferredName() : null, child.version(), child.updatedAt());
    }

    static ChildDetails toDetails(ChildRequest r) {
        return new ChildDetails(r.dateOfBirth(), r.sex(), r.ethnicity(), Boolean.TRUE.equals(r.disability()),
                needs(r.needs()), r.excludedAreas(), r.givenName(), r.preferredName());
    }

    static ChildDetails toDetails(ChildDetailsRequest r) {
        return new ChildDetails(r.dateOfBirth(), r.sex(), r.ethnicity(), Boolean.TRUE.equals(r.disability()),
                needs(r.needs()), r.excludedAreas(), r.givenName(), r.preferredName());
    }

    private static NeedsProfile needs(NeedsRequest n) {
        return n == null ? NeedsProfile.NONE : new NeedsProfile(n.health(), n.development(), n.behaviour(),
                n.education());
    }
}

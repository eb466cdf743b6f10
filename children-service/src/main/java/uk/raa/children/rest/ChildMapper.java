package uk.raa.children.rest;

import uk.raa.children.domain.Child;
import uk.raa.children.domain.ChildDetails;

/** Between the API's DTOs and the domain. */
final class ChildMapper {

    private ChildMapper() {
    }

    static ChildResponse toResponse(Child child) {
        return new ChildResponse(child.id(), child.authority(), child.childReference(), child.dateOfBirth(),
                child.sex(), child.ethnicity(), child.disability(), child.version(), child.updatedAt());
    }

    static ChildDetails toDetails(ChildRequest request) {
        return new ChildDetails(request.dateOfBirth(), request.sex(), request.ethnicity(), request.disability());
    }

    static ChildDetails toDetails(ChildDetailsRequest request) {
        return new ChildDetails(request.dateOfBirth(), request.sex(), request.ethnicity(), request.disability());
    }
}

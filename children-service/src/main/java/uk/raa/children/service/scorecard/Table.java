package uk.raa.children.service.scorecard;

import java.util.List;

/** One sheet of an export: a name, column headers and rows of text cells (empty string = not known). */
public record Table(String name, List<String> headers, List<List<String>> rows) {
}

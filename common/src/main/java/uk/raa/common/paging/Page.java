package uk.raa.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with enough to fetch the next. */
public record Page<T>(
        @Schema(description = "The records on this page") List<T> items,
        @Schema(example = "0") int page,
        @Schema(example = "50") int size,
        @Schema(description = "Records matching the filters, on every page", example = "132") long totalItems) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }
}

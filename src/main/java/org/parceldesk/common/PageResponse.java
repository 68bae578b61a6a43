package org.parceldesk.common;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The JSON shape of every paged list in the API: stable, whatever Spring Data's own shape becomes. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(),
                page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}

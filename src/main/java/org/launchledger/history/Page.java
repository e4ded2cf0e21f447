package org.launchledger.history;

import java.util.List;
import java.util.function.Function;

/** One page of a longer, ordered result. {@code page} counts from 0. */
public record Page<T>(long total, int page, int size, List<T> items) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(total, page, size, items.stream().map(mapper).toList());
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}

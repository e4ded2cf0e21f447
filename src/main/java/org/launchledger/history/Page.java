package org.launchledger.history;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The rows loaded for a page of ids, put back in the ids' order (a query by {@code id in (...)}
     * answers in any order). Lists page in two steps: the ids of one page, sorted and skipped in an
     * index alone, then only those rows, so a late page reads no more rows than the first.
     */
    static <T> List<T> inOrderOf(List<Long> ids, List<T> rows, Function<T, Long> idOf) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        return rows.stream().sorted(Comparator.comparing(row -> position.get(idOf.apply(row)))).toList();
    }

    /** One page ({@code page} from 0) of the ids an HQL query ({@code select x.id from ...}) selects. */
    static List<Long> idsOfPage(String hql, Parameters parameters, int page, int size) {
        TypedQuery<Long> query = Panache.getEntityManager().createQuery(hql, Long.class);
        parameters.map().forEach(query::setParameter);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }
}

package org.launchledger.web;

import org.launchledger.history.Page;

/**
 * A page number beyond the last page of a list: answered with 404 and the address of the last
 * page. Page 0 of an empty list is not past the end (it is the last page).
 */
public class PastTheEndProblem extends RuntimeException {

    /** The page asked for and the last one, counting from 0 as the {@code page} parameter does. */
    public final int page;
    public final int lastPage;

    private PastTheEndProblem(Page<?> page) {
        super("Page " + page.page() + " is past the end of this list: it has " + page.total() + " entries on "
                + page.pageCount() + (page.pageCount() == 1 ? " page" : " pages") + " (page 0 to "
                + (page.pageCount() - 1) + ").");
        this.page = page.page();
        this.lastPage = page.pageCount() - 1;
    }

    /** The page itself, or this problem when it lies past the last page. */
    public static <T> Page<T> check(Page<T> page) {
        if (page.page() >= page.pageCount()) {
            throw new PastTheEndProblem(page);
        }
        return page;
    }
}

package org.launchledger.browse;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.ArrayList;
import java.util.List;
import org.launchledger.history.Page;
import org.launchledger.web.Language;
import org.launchledger.web.Links;
import org.launchledger.web.MessageExtensions;
import org.launchledger.web.Messages;

/**
 * The navigation under a paginated list: which rows are shown, and links to the neighbouring
 * pages and a window of page numbers around this one, each keeping the current filters.
 */
public record Pager(long total, long firstRow, long lastRow, String previous, String next, List<PageLink> pages) {

    /** Page numbers shown on either side of the current one. */
    private static final int WINDOW = 3;

    /** One numbered link; {@code number} counts from 1, as readers do. */
    public record PageLink(int number, String href, boolean current) {
    }

    /** The pager of one page of results, its links keeping the current filters. */
    public static Pager of(Page<?> page, Links links) {
        int count = page.pageCount();
        List<PageLink> pages = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            boolean nearby = Math.abs(p - page.page()) <= WINDOW;
            if (p == 0 || p == count - 1 || nearby) {
                pages.add(new PageLink(p + 1, links.with("page", String.valueOf(p)), p == page.page()));
            }
        }
        long firstRow = Math.min(page.total(), (long) page.page() * page.size() + 1);
        long lastRow = Math.min(page.total(), (long) page.page() * page.size() + page.items().size());
        return new Pager(page.total(), firstRow, lastRow,
                page.hasPrevious() ? links.with("page", String.valueOf(page.page() - 1)) : null,
                page.hasNext() ? links.with("page", String.valueOf(page.page() + 1)) : null,
                pages);
    }

    /**
     * A caption for the list in the page's language, {@code what} being the caller's own word for
     * its rows: {@code {list.pager.caption(m:t('missions.things'))}} gives "Missions, 129 in all,
     * page 1 of 3".
     */
    @TemplateExtension
    static String caption(Pager pager, String what, @TemplateAttribute("locale") Object locale) {
        return pager.caption(what, MessageExtensions.language(locale));
    }

    /** The caption in {@code language}: "Missions, 129 in all, page 1 of 3"; no page number when there is one page. */
    public String caption(String what, Language language) {
        int count = pages.get(pages.size() - 1).number();
        int current = pages.stream().filter(PageLink::current).findFirst().map(PageLink::number).orElse(0);
        return Messages.text(language, "missions.pager.caption", what, total, current, current == 0 ? 1 : count);
    }

    /** More than one page: worth showing the navigation. */
    public boolean needed() {
        return pages.size() > 1;
    }

    /** Whether a gap (an ellipsis) comes before the i-th link. */
    public boolean gapBefore(int index) {
        return index > 0 && pages.get(index).number() - pages.get(index - 1).number() > 1;
    }
}

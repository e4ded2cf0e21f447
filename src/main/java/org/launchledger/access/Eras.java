package org.launchledger.access;

import java.util.ArrayList;
import java.util.List;
import org.launchledger.history.Moment;

/** Finds the sole-access eras in a list of segments. */
final class Eras {

    private Eras() {
    }

    static List<Era> of(List<Segment> segments, List<Change> changes) {
        List<Era> eras = new ArrayList<>();
        int i = 0;
        while (i < segments.size()) {
            String country = segments.get(i).soleCountry();
            if (country == null) {
                i++;
                continue;
            }
            int last = i;
            int j = i + 1;
            // Extend over empty segments only when the same country alone has access after them.
            while (j < segments.size()) {
                Segment s = segments.get(j);
                if (country.equals(s.soleCountry())) {
                    last = j;
                } else if (!s.isEmpty()) {
                    break;
                }
                j++;
            }
            Segment first = segments.get(i);
            Segment end = segments.get(last);
            eras.add(new Era(country, first.from(), end.to(),
                    cause(changes, first.from(), country, true),
                    end.to() == null ? null : cause(changes, end.to(), country, false)));
            i = last + 1;
        }
        return eras;
    }

    /**
     * Of the changes at a boundary, the one that explains an era's start or end: another country
     * losing (start) or gaining (end) access, else the country's own vehicle gaining or losing it.
     */
    private static Change cause(List<Change> changes, Moment at, String country,
                                boolean start) {
        List<Change> here = changes.stream().filter(c -> c.at().at().equals(at.at())).toList();
        return here.stream()
                .filter(c -> !c.country().equals(country) && c.kind().opensAccess() != start)
                .findFirst()
                .or(() -> here.stream()
                        .filter(c -> c.country().equals(country) && c.kind().opensAccess() == start)
                        .findFirst())
                .orElse(here.isEmpty() ? null : here.get(0));
    }
}

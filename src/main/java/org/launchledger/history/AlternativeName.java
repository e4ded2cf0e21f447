package org.launchledger.history;

import com.ibm.icu.lang.UScript;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Another name a person is known by, with the source that gives it: another romanisation
 * ("Oleg Novitskiy"), the name in its own script ("Олег Новицкий"), a short name ("Butch Wilmore"),
 * a fuller form, or the Wikipedia title. From data/reference/alternative-names.csv.
 */
@Embeddable
public class AlternativeName {

    /** The name as the source writes it. */
    public String name;

    /** native-script, romanisation, short-name, full-name-variant or wikipedia-title. */
    public String kind;

    /** {@link Slugs#of} of the name, so search compares folded text with folded text. */
    public String folded;

    /** The URL of the page or file that gives this name. */
    @Column(name = "source")
    public String source;

    /**
     * A BCP 47 tag naming the script of a name not written in Latin letters ("und-Cyrl" for
     * "Олег Новицкий"), so screen readers switch voice; null for Latin. Only the script is
     * claimed: a Cyrillic name may be Russian, Ukrainian or Kazakh.
     */
    public String scriptTag() {
        int script = name.codePoints().filter(Character::isLetter).map(c -> UScript.getScript(c)).findFirst()
                .orElse(UScript.LATIN);
        return script == UScript.LATIN || script == UScript.COMMON ? null : "und-" + UScript.getShortName(script);
    }

    protected AlternativeName() {
    }

    public AlternativeName(String name, String kind, String source) {
        this.name = name;
        this.kind = kind;
        this.source = source;
        this.folded = Slugs.of(name);
    }
}

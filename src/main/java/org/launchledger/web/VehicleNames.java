package org.launchledger.web;

import java.util.Map;
import java.util.TreeMap;
import org.launchledger.history.Slugs;

/**
 * Search text in the reader's words, turned into the data's: the pages call Soyuz "Soiuz" and the
 * Space Shuttle "Naveta spațială" in Romanian, so a search for "soiuz" or "naveta" must find what
 * the data names "Soyuz" and "Space Shuttle". The names come from the message files
 * ({@code vehicle.name.<slug>}).
 */
public final class VehicleNames {

    /** Shorter text matches too many names to stand for one vehicle. */
    private static final int MIN_PART = 4;

    private VehicleNames() {
    }

    /** The text with any vehicle name from the pages replaced by the data's name; null stays null. */
    public static String inData(String text) {
        if (text == null) {
            return null;
        }
        String folded = Slugs.of(text);
        for (Map.Entry<String, String> name : pageNames().entrySet()) {
            String page = Slugs.of(name.getKey());
            String data = name.getValue();
            if (page.equals(Slugs.of(data))) {
                continue;
            }
            if (folded.length() >= MIN_PART && page.startsWith(folded)) {
                return data;
            }
            if (folded.contains(page)) {
                return folded.replace(page, Slugs.of(data)).replace('-', ' ');
            }
        }
        return text;
    }

    /** Every vehicle name the pages use, in every language, with the data's (English) name. */
    private static Map<String, String> pageNames() {
        Map<String, String> names = new TreeMap<>();
        for (String key : Messages.keys(Language.EN)) {
            if (key.startsWith("vehicle.name.")) {
                String data = Messages.text(Language.EN, key);
                for (Language language : Language.values()) {
                    names.put(Messages.text(language, key), data);
                }
            }
        }
        return names;
    }
}

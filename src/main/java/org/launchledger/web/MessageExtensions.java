package org.launchledger.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.Locale;

/**
 * Words in templates: {@code {m:t('nav.missions')}}, with up to four arguments
 * ({@code {m:t('people.caption', total)}}), in the template instance's locale (set for every page
 * by {@link LanguageFilters}), else the request's language, else English.
 */
@TemplateExtension(namespace = "m")
public final class MessageExtensions {

    private MessageExtensions() {
    }

    static String t(String key, @TemplateAttribute("locale") Object locale) {
        return Messages.text(language(locale), key);
    }

    static String t(String key, Object a, @TemplateAttribute("locale") Object locale) {
        return Messages.text(language(locale), key, a);
    }

    static String t(String key, Object a, Object b, @TemplateAttribute("locale") Object locale) {
        return Messages.text(language(locale), key, a, b);
    }

    static String t(String key, Object a, Object b, Object c, @TemplateAttribute("locale") Object locale) {
        return Messages.text(language(locale), key, a, b, c);
    }

    static String t(String key, Object a, Object b, Object c, Object d, @TemplateAttribute("locale") Object locale) {
        return Messages.text(language(locale), key, a, b, c, d);
    }

    /** The language a template renders in: its locale attribute, else the request's. */
    public static Language language(Object locale) {
        if (locale instanceof Locale l) {
            return Language.of(l);
        }
        if (locale instanceof String tag) {
            return Language.of(tag).orElse(Language.EN);
        }
        return current();
    }

    /** The language of the request being answered; English outside a request. */
    public static Language current() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return Language.EN;
        }
        try (InstanceHandle<RequestLanguage> handle = Arc.container().instance(RequestLanguage.class)) {
            return handle.isAvailable() ? handle.get().get() : Language.EN;
        }
    }
}

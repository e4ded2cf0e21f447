package org.launchledger.web;

import io.quarkus.qute.TemplateExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Addresses of the static files (META-INF/resources) that change when the file's bytes change:
 * {@code {asset:url('/style.css')}} gives {@code /style.css?v=<version>}, so a browser may keep a
 * versioned file for a year ({@link #IMMUTABLE}) and still fetches a new release's file at once.
 * Each file is read and hashed once, on its first use, and kept for the life of the process (the
 * files are part of the build and never change under a running app).
 */
@TemplateExtension(namespace = "asset")
public final class Assets {

    /** The query parameter that carries the version. */
    public static final String PARAMETER = "v";

    /** The Cache-Control of a file asked for at its current version: a year, never revalidated. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** Hex characters of the SHA-256 a version keeps: 40 bits, plenty to tell one release's file from another's. */
    static final int VERSION_LENGTH = 10;

    private static final String ROOT = "META-INF/resources";
    /** A file at the top of the static root: no folders, no "..", nothing a request could turn into another resource. */
    private static final Pattern FILE = Pattern.compile("/[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+");
    private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

    private Assets() {
    }

    /**
     * The versioned address of a static file, for templates.
     *
     * @param path the file's address, such as {@code /style.css}
     * @throws IllegalArgumentException when there is no such static file (a typo in a template)
     */
    static String url(String path) {
        return path + "?" + PARAMETER + "=" + version(path)
                .orElseThrow(() -> new IllegalArgumentException("No static file " + path + " in " + ROOT));
    }

    /**
     * The current version of a static file: the first {@value #VERSION_LENGTH} hex characters of
     * the SHA-256 of its bytes; empty when the path names no file at the top of the static root.
     */
    public static Optional<String> version(String path) {
        if (path == null || !FILE.matcher(path).matches()) {
            return Optional.empty();
        }
        String known = VERSIONS.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        // Only files that exist are kept, so the map never grows past the number of static files.
        Optional<String> read = read(path).map(Assets::fingerprint);
        read.ifPresent(v -> VERSIONS.put(path, v));
        return read;
    }

    /**
     * The Cache-Control a static file's answer should carry, given the version its request named.
     *
     * @param path the request's path
     * @param asked the {@code v} the request sent, null when none
     * @param current the Cache-Control the answer has so far (Quarkus's, from
     *                {@code quarkus.http.static-resources.max-age}), may be null
     * @return {@link #IMMUTABLE} for the file's current version; otherwise {@code current} without
     *         {@code immutable}, so an unversioned or stale address is revalidated when its day is up
     */
    public static String cacheControl(String path, String asked, String current) {
        if (asked != null && asked.equals(version(path).orElse(null))) {
            return IMMUTABLE;
        }
        if (current == null) {
            return null;
        }
        return Arrays.stream(current.split(","))
                .map(String::strip)
                .filter(directive -> !directive.equalsIgnoreCase("immutable"))
                .collect(Collectors.joining(", "));
    }

    /** The first {@value #VERSION_LENGTH} lower-case hex characters of the SHA-256 of {@code bytes}. */
    static String fingerprint(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).substring(0, VERSION_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static Optional<byte[]> read(String path) {
        // The class's own loader: a request thread's context loader is not always the application's.
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

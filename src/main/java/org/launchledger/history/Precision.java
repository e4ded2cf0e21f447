package org.launchledger.history;

/** How much of an instant the source gave: never show a time of day the source did not give. */
public enum Precision {
    DAY, MINUTE, SECOND
}

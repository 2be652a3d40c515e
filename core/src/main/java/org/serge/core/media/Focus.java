package org.serge.core.media;

import org.serge.core.error.ServiceException;

/** A focal point as Mastodon gives it: x from -1 (left) to 1 (right), y from -1 (bottom) to 1 (top). */
public record Focus(double x, double y) {

    public static final Focus CENTRE = new Focus(0, 0);

    public Focus {
        if (!inRange(x) || !inRange(y)) {
            throw new IllegalArgumentException("focus out of range");
        }
    }

    /** Parses {@code "x,y"}; a malformed or out-of-range value is a 422. */
    public static Focus parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",", -1);
        if (parts.length != 2 || text.length() > 64) {
            throw ServiceException.unprocessable("focus must be two numbers between -1.0 and 1.0, as \"x,y\"");
        }
        try {
            double x = Double.parseDouble(parts[0].strip());
            double y = Double.parseDouble(parts[1].strip());
            if (!inRange(x) || !inRange(y)) {
                throw ServiceException.unprocessable("focus must be two numbers between -1.0 and 1.0, as \"x,y\"");
            }
            return new Focus(x, y);
        } catch (NumberFormatException e) {
            throw ServiceException.unprocessable("focus must be two numbers between -1.0 and 1.0, as \"x,y\"");
        }
    }

    private static boolean inRange(double value) {
        return !Double.isNaN(value) && value >= -1.0 && value <= 1.0;
    }
}

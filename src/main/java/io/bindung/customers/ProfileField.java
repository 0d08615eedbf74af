package io.bindung.customers;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The fixed text fields of a customer profile, their JSON names, columns and validation. */
public enum ProfileField {
    EMAIL("email", "email", 254, Customer::email),
    PHONE("phone", "phone", 32, Customer::phone),
    FIRST_NAME("firstName", "first_name", 200, Customer::firstName),
    LAST_NAME("lastName", "last_name", 200, Customer::lastName),
    TIMEZONE("timezone", "timezone", 64, Customer::timezone),
    LOCALE("locale", "locale", 35, Customer::locale);

    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private final String json;
    private final String column;
    private final int maxLength;
    private final Function<Customer, String> getter;

    ProfileField(String json, String column, int maxLength, Function<Customer, String> getter) {
        this.json = json;
        this.column = column;
        this.maxLength = maxLength;
        this.getter = getter;
    }

    public String json() {
        return json;
    }

    String column() {
        return column;
    }

    int maxLength() {
        return maxLength;
    }

    String of(Customer customer) {
        return getter.apply(customer);
    }

    public static Optional<ProfileField> byJsonName(String name) {
        for (ProfileField field : values()) {
            if (field.json.equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** What is wrong with {@code value} for this field, or empty when it is acceptable. */
    /** The field a Segment trait names, in its camelCase or snake_case spelling. */
    static Optional<ProfileField> ofTrait(String trait) {
        for (ProfileField field : values()) {
            if (field.json.equals(trait) || field.column.equals(trait)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    Optional<String> problemWith(String value) {
        if (value.length() > maxLength) {
            return Optional.of("must be at most " + maxLength + " characters");
        }
        return switch (this) {
            case EMAIL -> EMAIL_SHAPE.matcher(value).matches() ? Optional.empty() : Optional.of("is not an email address");
            case PHONE -> E164.matcher(value).matches() ? Optional.empty()
                    : Optional.of("must be an E.164 number like +4915112345678");
            case TIMEZONE -> validZone(value) ? Optional.empty()
                    : Optional.of("must be an IANA time zone like Europe/Berlin");
            case LOCALE -> validLocale(value) ? Optional.empty()
                    : Optional.of("must be a BCP 47 language tag like de-DE");
            case FIRST_NAME, LAST_NAME -> Optional.empty();
        };
    }

    private static boolean validZone(String value) {
        if (!ZONES.contains(value)) {
            return false;
        }
        try {
            ZoneId.of(value);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean validLocale(String value) {
        try {
            new Locale.Builder().setLanguageTag(value);
            return !value.isBlank();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}

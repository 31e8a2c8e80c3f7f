package org.helpdesk.faq;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A FAQ article as an agent writes it; {@code symptom} and {@code solution} are HTML (sanitized when
 * shown). {@code version} is the article's version the agent started from (0 for a new one).
 */
public record FaqForm(
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.tooLong}") String title,
        @Size(max = 100000, message = "{validation.tooLong}") String symptom,
        @NotBlank(message = "{validation.required}") @Size(max = 100000, message = "{validation.tooLong}") String solution,
        @Size(max = 500, message = "{validation.tooLong}") String keywords,
        @NotNull(message = "{validation.required}") Long categoryId,
        @NotNull(message = "{validation.required}") @Pattern(regexp = "es|en", message = "{validation.language}") String language,
        @NotNull(message = "{validation.required}") FaqVisibility visibility,
        boolean valid) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An empty article in Spanish for customers, in {@code categoryId}. */
    public static FaqForm blank(Long categoryId) {
        return new FaqForm(0, "", "", "", "", categoryId, "es", FaqVisibility.CUSTOMER, true);
    }
}

package org.helpdesk.field;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A dynamic field as the administrator edits it. {@code id} is null for a new field; name and type
 * cannot change afterwards (stored values depend on them). {@code options}: one choice per line.
 */
public record DynamicFieldForm(
        Long id,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
        @Pattern(regexp = "[A-Za-z][A-Za-z0-9]*", message = "{validation.fieldName}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String labelEs,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String labelEn,
        @NotNull(message = "{validation.required}") FieldType type,
        @Size(max = 10_000, message = "{validation.tooLong}") String options,
        @Min(value = 0, message = "{validation.position}") @Max(value = 9999, message = "{validation.position}") int position,
        boolean required,
        boolean showAgentNew,
        boolean showCustomerNew,
        boolean showZoom,
        boolean showSearch,
        boolean valid) implements Serializable {

    public static DynamicFieldForm blank() {
        return new DynamicFieldForm(null, 0, null, null, null, FieldType.TEXT, null, 10, false, true, false, true, true, true);
    }

    public static DynamicFieldForm of(DynamicField field) {
        return new DynamicFieldForm(field.getId(), field.getVersion(), field.getName(), field.getLabelEs(), field.getLabelEn(),
                field.getType(), String.join("\n", field.getOptions()), field.getPosition(), field.isRequired(),
                field.isShowAgentNew(), field.isShowCustomerNew(), field.isShowZoom(), field.isShowSearch(), field.isValid());
    }

    public boolean isNew() {
        return id == null;
    }

    /** The choices, trimmed, without empty lines or repeats. */
    public List<String> optionList() {
        return options == null ? List.of() : Arrays.stream(options.split("\\R")).map(String::trim).filter(o -> !o.isEmpty())
                .distinct().toList();
    }
}

package org.helpdesk.web.field;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.helpdesk.field.DynamicField;

/**
 * The dynamic fields of a form and what the user entered in them, typed for the components:
 * {@code inputs.of(field).value} (text, textarea, dropdown, date, date-time), {@code .values}
 * (multiselect) and {@code .flag} (checkbox).
 */
public class FieldInputs implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One field's input. */
    public static class Input implements Serializable {

        private static final long serialVersionUID = 1L;

        private String value;
        private List<String> values = new ArrayList<>();
        private boolean flag;

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public List<String> getValues() {
            return values;
        }

        public void setValues(List<String> values) {
            this.values = values == null ? new ArrayList<>() : new ArrayList<>(values);
        }

        public boolean isFlag() {
            return flag;
        }

        public void setFlag(boolean flag) {
            this.flag = flag;
        }
    }

    private final List<DynamicField> fields;
    private final Map<Long, Input> inputs = new HashMap<>();

    public FieldInputs(List<DynamicField> fields) {
        this(fields, Map.of());
    }

    /** The fields filled with stored values (as {@code FieldValues.input} gives them). */
    public FieldInputs(List<DynamicField> fields, Map<Long, List<String>> stored) {
        this.fields = List.copyOf(fields);
        for (DynamicField field : fields) {
            Input input = new Input();
            List<String> values = stored.getOrDefault(field.getId(), List.of());
            input.setValues(values);
            input.setValue(values.isEmpty() ? null : values.get(0));
            input.setFlag(values.contains("true"));
            inputs.put(field.getId(), input);
        }
    }

    public List<DynamicField> getFields() {
        return fields;
    }

    public Input of(DynamicField field) {
        return inputs.get(field.getId());
    }

    /** What was entered, by field id, for the services. */
    public Map<Long, List<String>> entered() {
        Map<Long, List<String>> entered = new LinkedHashMap<>();
        for (DynamicField field : fields) {
            Input input = inputs.get(field.getId());
            entered.put(field.getId(), switch (field.getType()) {
                case MULTISELECT -> List.copyOf(input.getValues());
                case CHECKBOX -> input.isFlag() ? List.of("true") : List.of();
                default -> input.getValue() == null ? List.of() : List.of(input.getValue());
            });
        }
        return entered;
    }

    /** What was entered as search values: one per field (a ticked checkbox is {@code true}). */
    public Map<Long, String> searched() {
        Map<Long, String> searched = new LinkedHashMap<>();
        entered().forEach((id, values) -> {
            if (!values.isEmpty()) {
                searched.put(id, values.get(0));
            }
        });
        return searched;
    }
}

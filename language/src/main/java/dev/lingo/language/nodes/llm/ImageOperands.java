package dev.lingo.language.nodes.llm;

import dev.lingo.language.runtime.LingoImage;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.vm.provider.ImageInput;

import java.util.ArrayList;
import java.util.List;

/**
 * An opcode operand with its images taken out (spec 15.13): each image, on its own or in a List or
 * Record, becomes the text {@code [image N]} where it stood and is attached to the user's message
 * as the N-th image. Values without images come back as they are.
 */
final class ImageOperands {

    record Split(Object value, List<ImageInput> images) {
    }

    private ImageOperands() {
    }

    /** @param value a value whose pending answers are already in */
    static Split split(Object value) {
        if (value instanceof String || value == null) {
            return new Split(value, List.of()); // the common case: no walk
        }
        List<ImageInput> images = new ArrayList<>();
        Object replaced = replace(value, images);
        return new Split(replaced, List.copyOf(images));
    }

    static boolean containsImage(Object value) {
        return !(value instanceof String) && value != null && !split(value).images().isEmpty();
    }

    private static Object replace(Object value, List<ImageInput> images) {
        if (value instanceof LingoImage image) {
            images.add(image.image());
            return "[image " + images.size() + "]";
        } else if (value instanceof LingoList list) {
            Object[] items = list.items();
            Object[] out = null;
            for (int i = 0; i < items.length; i++) {
                Object r = replace(items[i], images);
                if (r != items[i] && out == null) {
                    out = items.clone();
                }
                if (out != null) {
                    out[i] = r;
                }
            }
            return out == null ? list : new LingoList(out);
        } else if (value instanceof LingoRecord record) {
            Object[] out = null;
            for (int i = 0; i < record.size(); i++) {
                Object v = record.valueAt(i);
                Object r = replace(v, images);
                if (r != v && out == null) {
                    out = new Object[record.size()];
                    for (int j = 0; j < i; j++) {
                        out[j] = record.valueAt(j);
                    }
                }
                if (out != null) {
                    out[i] = r;
                }
            }
            return out == null ? record : new LingoRecord(record.shape(), out);
        }
        return value;
    }
}

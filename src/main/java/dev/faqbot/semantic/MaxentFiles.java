package dev.faqbot.semantic;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maximum-entropy model in OpenNLP's plain binary model format (no zip package around it), the format of every
 * model {@link TrainedModelFiles} keeps: the intent word model, the intent meaning model and the learned crisis layer.
 */
public final class MaxentFiles {

    private MaxentFiles() {
    }

    /** Reads a model written by {@link #write} (give it a buffered stream: the format is read a number at a time). */
    public static MaxentModel read(InputStream in) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(new DataInputStream(in))).getModel();
    }

    /** Writes a model trained by OpenNLP; the writer closes the stream. */
    public static void write(MaxentModel model, OutputStream out) throws IOException {
        new GenericModelWriter((AbstractModel) model, new DataOutputStream(out)).persist();
    }
}

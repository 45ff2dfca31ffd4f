package io.relaypay.routing.graph;

import java.util.Objects;

/** A place a message passes through on its way from the interchange to the phone. */
public sealed interface Node permits Node.Interchange, Node.Controller, Node.Carrier, Node.Phone {

    /** The interchange, where every path starts. */
    Interchange INTERCHANGE = new Interchange();

    /** The phone, where every path ends. */
    Phone PHONE = new Phone();

    /** A stable, human-readable id, unique among nodes. */
    String id();

    /** The interchange, where every path starts. */
    record Interchange() implements Node {
        @Override
        public String id() {
            return "interchange";
        }
    }

    /** The phone the message is for, where every path ends. */
    record Phone() implements Node {
        @Override
        public String id() {
            return "phone";
        }
    }

    /**
     * An outside system the interchange hands messages to (an SMSC, an aggregator, a gateway...).
     *
     * @param name the controller's configured name
     * @param kind what kind of system it is
     */
    record Controller(String name, ControllerKind kind) implements Node {
        /** Rejects missing parts. */
        public Controller {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String id() {
            return name;
        }
    }

    /**
     * A mobile carrier's network, the last hop before a phone on cellular.
     *
     * @param name the carrier's id, as used in the number plan
     */
    record Carrier(String name) implements Node {
        /** Rejects a missing name. */
        public Carrier {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String id() {
            return "carrier:" + name;
        }
    }
}

function deeperRecord() { return A("helper", "192.0.2.11"); }

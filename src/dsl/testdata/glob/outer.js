function globOuter() { return A("outer", "192.0.2.12"); }

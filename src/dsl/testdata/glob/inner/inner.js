function globInner() { return A("inner", "192.0.2.13"); }

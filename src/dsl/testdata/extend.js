var REG = NewRegistrar("none");
D("example.com", REG, A("@", "192.0.2.1"));
D("sub.example.com", REG, A("@", "192.0.2.2"));
D_EXTEND("deep.sub.example.com", A("@", "192.0.2.3"), CNAME("x", "y"));
D_EXTEND("other.example.com", A("www", "192.0.2.4"), A("@", "192.0.2.5"));
D_EXTEND("example.com", A("back", "192.0.2.6"));

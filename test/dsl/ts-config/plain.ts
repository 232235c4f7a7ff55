declare function D(...a: any[]): void;
var REG: string = NewRegistrar("none");
interface X { a: number }
D("example.org", REG, A("@", "192.0.2.9"));

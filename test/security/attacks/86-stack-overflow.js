// expect: Maximum call stack
function f() { return f() + 1; } f();

/// libxml2 behind one wall: the only module that imports the C API.

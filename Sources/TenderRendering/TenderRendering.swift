/// Model -> XML and HTML trees -> tender pack files.

from ... import too_far

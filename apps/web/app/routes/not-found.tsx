import { data } from "react-router";

export function loader() {
  throw data("We could not find that page. Check the address, or go to the start page.", {
    status: 404,
  });
}

export default function NotFound() {
  return null;
}

import { withPageFont } from '../../components/PageFont';
import Home from '../../features/home/HomePage';

export default withPageFont(Home);
